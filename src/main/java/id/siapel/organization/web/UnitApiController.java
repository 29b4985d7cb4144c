package id.siapel.organization.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.siapel.organization.StaffLookup;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/units} (api.md, Units): read within scope, write for ADMIN and HR. */
@RestController
@RequestMapping("/api/v1/units")
@RequiredArgsConstructor
class UnitApiController {

	private final Units units;

	private final StaffLookup staff;

	@GetMapping
	List<UnitJson> list() {
		List<UnitTree.Node> nodes = this.units.visibleTree();
		UnitTree tree = this.units.tree();
		Map<Long, StaffLookup.StaffMember> heads = this.staff
			.describe(nodes.stream().map((node) -> node.unit().headEmployeeId()).filter(Objects::nonNull).toList());
		return nodes.stream().map((node) -> UnitJson.of(node.unit(), tree, heads)).toList();
	}

	@GetMapping("/{code}")
	UnitJson get(@PathVariable String code) {
		return json(this.units.visible(code));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<UnitJson> create(@RequestBody Units.NewUnit request) {
		UnitView created = this.units.create(request);
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.code())).body(json(created));
	}

	@PutMapping("/{code}/head")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	UnitJson assignHead(@PathVariable String code, @RequestBody HeadRequest request) {
		return json(this.units.assignHead(code, request.nip()));
	}

	private UnitJson json(UnitView unit) {
		Map<Long, StaffLookup.StaffMember> heads = (unit.headEmployeeId() != null)
				? this.staff.describe(List.of(unit.headEmployeeId())) : Map.of();
		return UnitJson.of(unit, this.units.tree(), heads);
	}

	record HeadRequest(String nip) {
	}

	record UnitJson(String code, String name, UnitKind kind, String parentCode, String headNip,
			WorkPattern workPattern) {

		static UnitJson of(UnitView unit, UnitTree tree, Map<Long, StaffLookup.StaffMember> heads) {
			String parentCode = (unit.parentId() != null) ? tree.byId(unit.parentId()).map(UnitView::code).orElse(null)
					: null;
			StaffLookup.StaffMember head = (unit.headEmployeeId() != null) ? heads.get(unit.headEmployeeId()) : null;
			return new UnitJson(unit.code(), unit.name(), unit.kind(), parentCode, (head != null) ? head.nip() : null,
					unit.workPattern());
		}

	}

}
