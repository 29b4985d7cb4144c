package id.siapel.employee.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeFilter;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeePage;
import id.siapel.employee.EmployeeProfile;
import id.siapel.employee.EmployeeRow;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmployeeStatus;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.employee.EmployeeImport;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/employees} (api.md, Employees): read within the user's unit scope, write
 * for ADMIN and HR.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class EmployeeApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final EmployeeDirectory directory;

	private final EmployeeService employees;

	private final EmployeeImport imports;

	@GetMapping("/employees")
	PageJson list(@RequestParam(required = false) String unit, @RequestParam(required = false) EmploymentType type,
			@RequestParam(required = false) String q, @RequestParam(required = false) EmployeeStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new RuleViolationException("size", "paging.size.invalid", MAX_PAGE_SIZE);
		}
		EmployeePage found = this.directory.search(new EmployeeFilter(q, unit, type, status), page, size);
		return new PageJson(found.items().stream().map(EmployeeJson::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/employees/{nip}")
	EmployeeJson get(@PathVariable String nip) {
		return EmployeeJson.of(this.directory.profile(nip));
	}

	@PostMapping("/employees")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<EmployeeJson> create(@RequestBody CreateRequest request) {
		String nip = this.employees.create(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/employees/" + nip))
			.body(EmployeeJson.of(this.directory.profile(nip)));
	}

	@PostMapping(path = "/employees/import", consumes = "text/csv")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	EmployeeImport.Outcome importCsv(@RequestBody byte[] csv) {
		return this.imports.importNow("api.csv", csv);
	}

	@PostMapping("/employees/{nip}/transfers")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<TransferJson> transfer(@PathVariable String nip,
			@RequestBody EmployeeService.TransferCommand request) {
		this.employees.transfer(nip, request);
		EmployeeProfile profile = this.directory.profile(nip);
		EmployeeProfile.AssignmentLine latest = profile.assignments().get(profile.assignments().size() - 1);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TransferJson(profile.nip(), latest.unitCode(), latest.from(), latest.decreeNumber(),
					latest.position()));
	}

	@PostMapping("/employees/{nip}/status-changes")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<EmployeeJson> changeStatus(@PathVariable String nip,
			@RequestBody EmployeeService.StatusCommand request) {
		this.employees.changeStatus(nip, request);
		return ResponseEntity.status(HttpStatus.CREATED).body(EmployeeJson.of(this.directory.profile(nip)));
	}

	@PostMapping("/transfers")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<MassTransferJson> massTransfer(@RequestBody EmployeeService.MassTransferCommand request) {
		int moved = this.employees.massTransfer((request.items() != null) ? request
				: new EmployeeService.MassTransferCommand(request.decreeNumber(), request.effectiveDate(), List.of()));
		return ResponseEntity.status(HttpStatus.CREATED).body(new MassTransferJson(moved));
	}

	record CreateRequest(String nip, String name, Sex sex, EmploymentType employmentType, String unitCode,
			String position, String rank, LocalDate serviceStart, LocalDate unitSince, PositionKind positionKind,
			Echelon echelon) {

		EmployeeInput toInput() {
			return new EmployeeInput(this.nip, PersonName.parse(this.name), this.sex, this.employmentType, this.rank,
					this.position, this.positionKind, this.echelon, this.serviceStart, this.unitCode, this.unitSince);
		}

	}

	record EmployeeJson(String nip, String name, Sex sex, EmploymentType employmentType, String unitCode,
			String position, String rank, LocalDate serviceStart, EmployeeStatus status) {

		static EmployeeJson of(EmployeeRow row) {
			return new EmployeeJson(row.nip(), row.displayName(), row.sex(), row.employmentType(), row.unitCode(),
					row.position(), row.rank(), row.serviceStart(), row.status());
		}

		static EmployeeJson of(EmployeeProfile profile) {
			return new EmployeeJson(profile.nip(), profile.displayName(), profile.sex(), profile.employmentType(),
					profile.unitCode(), profile.position(), profile.rank(), profile.serviceStart(), profile.status());
		}

	}

	record PageJson(List<EmployeeJson> items, int page, int size, long total) {
	}

	record TransferJson(String nip, String unitCode, LocalDate effectiveDate, String decreeNumber, String position) {
	}

	record MassTransferJson(int transferred) {
	}

}
