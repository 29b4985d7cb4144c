package id.siapel.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface PemdaProfileRepository extends JpaRepository<PemdaProfile, Integer> {

}
