package id.siapel.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit tree: reading it (whole, or within the acting user's scope) and changing it
 * (HR and ADMIN only).
 */
@Service
@RequiredArgsConstructor
public class Units {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,29}");

	private final UnitRepository units;

	private final StaffLookup staff;

	private final UnitScopes scopes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The whole tree, for code that applies its own rules (reports, scope computation).
	 */
	@Transactional(readOnly = true)
	public UnitTree tree() {
		return new UnitTree(this.units.findAll().stream().map(Unit::view).toList());
	}

	/** A unit by code; unknown → 404, outside the user's scope → 403. */
	@Transactional(readOnly = true)
	public UnitView visible(String code) {
		UnitView unit = find(code).orElseThrow(() -> new NotFoundException("unit.notFound", code));
		this.scopes.current().require(unit.id());
		return unit;
	}

	/** A unit by code regardless of scope (for checks inside other modules' services). */
	@Transactional(readOnly = true)
	public Optional<UnitView> find(String code) {
		return (code == null) ? Optional.empty() : this.units.findByCode(normalize(code)).map(Unit::view);
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> find(long id) {
		return this.units.findById(id).map(Unit::view);
	}

	/** The units the acting user may see, in tree order with their depth. */
	@Transactional(readOnly = true)
	public List<UnitTree.Node> visibleTree() {
		UnitTree tree = tree();
		UnitScope scope = this.scopes.current(tree);
		if (scope.all()) {
			return tree.root().map((root) -> tree.flatten(List.of(root.id()))).orElse(List.of());
		}
		return tree.flatten(scope.rootIds());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public UnitView create(NewUnit command) {
		String code = normalize(command.code());
		if (!CODE.matcher(code).matches()) {
			throw new RuleViolationException("code", "unit.code.invalid");
		}
		if (this.units.existsByCode(code)) {
			throw new RuleViolationException("code", "unit.code.duplicate", code);
		}
		String name = requireName(command.name());
		if (command.kind() == null) {
			throw new RuleViolationException("kind", "unit.kind.required");
		}
		Long parentId = parentFor(command.parentCode(), command.kind(), null);
		Unit unit = Unit.create(code, name, command.kind(), parentId,
				(command.workPattern() != null) ? command.workPattern() : WorkPattern.FIVE_DAY, this.clock.instant());
		this.units.save(unit);
		this.events.publishEvent(new AuditRecord("UNIT_CREATED", code, name + " (" + command.kind() + ")", code));
		return unit.view();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public UnitView update(String code, UnitChanges changes, long expectedVersion) {
		Unit unit = load(code);
		if (unit.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, unit.getId());
		}
		String name = requireName(changes.name());
		if (changes.kind() == null) {
			throw new RuleViolationException("kind", "unit.kind.required");
		}
		Long parentId = parentFor(changes.parentCode(), changes.kind(), unit);
		String before = unit.getName() + ", " + unit.getKind() + ", parent " + unit.getParentId() + ", "
				+ unit.getWorkPattern();
		unit.change(name, changes.kind(), parentId,
				(changes.workPattern() != null) ? changes.workPattern() : unit.getWorkPattern(), this.clock.instant());
		this.events.publishEvent(new AuditRecord("UNIT_CHANGED", unit.getCode(),
				before + " -> " + name + ", " + changes.kind() + ", parent " + parentId + ", " + unit.getWorkPattern(),
				unit.getCode()));
		return unit.view();
	}

	/**
	 * Makes an employee the head of a unit; they must belong to that very unit today. A
	 * blank NIP removes the head.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public UnitView assignHead(String code, String nip) {
		Unit unit = load(code);
		Long employeeId = null;
		if (nip != null && !nip.isBlank()) {
			employeeId = this.staff.employeeIdByNip(nip.strip())
				.orElseThrow(() -> new RuleViolationException("nip", "employee.unknown", nip.strip()));
			if (!this.staff.isAssigned(employeeId, unit.getId(), LocalDate.now(this.clock))) {
				throw new RuleViolationException("nip", "unit.head.notInUnit", nip.strip(), unit.getCode());
			}
		}
		unit.assignHead(employeeId, this.clock.instant());
		this.events.publishEvent(new AuditRecord("UNIT_HEAD_SET", unit.getCode(),
				(employeeId != null) ? "nip=" + nip.strip() : "none", unit.getCode()));
		return unit.view();
	}

	/**
	 * Called by the employee module when someone leaves a unit (transfer, retirement): a
	 * head who no longer belongs to the unit stops being its head. A move dated in the
	 * future leaves the head in office until that day ({@link HeadsWhoLeft} releases them
	 * when it comes).
	 */
	@Transactional
	public void releaseHeadIfGone(long employeeId, LocalDate from) {
		if (from.isAfter(LocalDate.now(this.clock))) {
			return;
		}
		for (Unit unit : this.units.findByHeadEmployeeId(employeeId)) {
			if (!this.staff.isAssigned(employeeId, unit.getId(), from)) {
				unit.assignHead(null, this.clock.instant());
				this.events.publishEvent(new AuditRecord("UNIT_HEAD_SET", unit.getCode(),
						"none (the head left the unit on " + from + ")", unit.getCode()));
			}
		}
	}

	private Long parentFor(String parentCode, UnitKind kind, Unit self) {
		if (parentCode == null || parentCode.isBlank()) {
			if (kind != UnitKind.REGION) {
				throw new RuleViolationException("parentCode", "unit.parent.required");
			}
			if (self == null && this.units.count() > 0 || self != null && self.getParentId() != null) {
				throw new RuleViolationException("parentCode", "unit.root.exists");
			}
			return null;
		}
		if (kind == UnitKind.REGION) {
			throw new RuleViolationException("kind", "unit.region.isRoot");
		}
		Unit parent = this.units.findByCode(normalize(parentCode))
			.orElseThrow(() -> new RuleViolationException("parentCode", "unit.unknown", parentCode));
		if (self != null && tree().isWithin(parent.getId(), self.getId())) {
			throw new RuleViolationException("parentCode", "unit.parent.cycle");
		}
		return parent.getId();
	}

	private Unit load(String code) {
		return this.units.findByCode(normalize(code)).orElseThrow(() -> new NotFoundException("unit.notFound", code));
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException("name", "unit.name.required");
		}
		return name.strip();
	}

	static String normalize(String code) {
		return (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
	}

	/** A new unit (api.md: {@code code, name, kind, parentCode?, workPattern?}). */
	public record NewUnit(String code, String name, UnitKind kind, String parentCode, WorkPattern workPattern) {
	}

	/** What may change about a unit; the code never changes (other systems use it). */
	public record UnitChanges(String name, UnitKind kind, String parentCode, WorkPattern workPattern) {
	}

}
