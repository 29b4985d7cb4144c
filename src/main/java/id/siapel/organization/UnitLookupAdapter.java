package id.siapel.organization;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import id.siapel.security.UnitLookup;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets the security module resolve the unit of a UNIT_HEAD user. */
@Component
@RequiredArgsConstructor
class UnitLookupAdapter implements UnitLookup {

	private final UnitRepository units;

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> idOfCode(String code) {
		return this.units.findByCode(Units.normalize(code)).map(Unit::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> codeOf(long unitId) {
		return this.units.findById(unitId).map(Unit::getCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitOption> options() {
		UnitTree tree = new UnitTree(this.units.findAll().stream().map(Unit::view).toList());
		return tree.root()
			.map((root) -> tree.flatten(List.of(root.id()))
				.stream()
				.map((node) -> new UnitOption(node.unit().code(),
						"\u00a0\u00a0".repeat(node.depth()) + node.unit().name() + " (" + node.unit().code() + ")"))
				.collect(Collectors.toList()))
			.orElse(List.of());
	}

}
