package id.siapel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SiapelApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiapelApplication.class, args);
	}

}
