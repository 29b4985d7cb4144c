package id.siapel.security.web;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

/** The change-password form (never an entity: only these three fields can be bound). */
@Getter
@Setter
class PasswordForm {

	@NotBlank(message = "{account.password.currentRequired}")
	private String currentPassword;

	@NotBlank(message = "{account.password.newRequired}")
	private String newPassword;

	private String confirmPassword;

}
