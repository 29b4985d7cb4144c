package id.siapel.report.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;

/**
 * The units a report has one row for, within the reader's scope: every OPD (the units
 * directly below the Pemda) for HR, the Sekda and the administrator; a unit head's own
 * unit (with everything below it) and nothing else.
 *
 * @param tree the unit tree
 * @param rows the row units, in tree order
 * @param rowOf for every unit in scope, the row unit it is counted in
 */
record ReportRows(UnitTree tree, List<UnitView> rows, Map<Long, Long> rowOf) {

	static ReportRows of(UnitTree tree, UnitScope scope) {
		List<UnitView> rows;
		if (scope.all()) {
			rows = tree.opds();
		}
		else {
			rows = tree.flatten(scope.rootIds())
				.stream()
				.filter((node) -> node.depth() == 0)
				.map((n) -> n.unit())
				.toList();
		}
		Map<Long, Long> rowOf = new HashMap<>();
		for (UnitView row : rows) {
			for (long id : tree.subtreeIds(row.id())) {
				rowOf.put(id, row.id());
			}
		}
		return new ReportRows(tree, rows, rowOf);
	}

	/** Every unit counted in some row. */
	Set<Long> unitIds() {
		return this.rowOf.keySet();
	}

	/** The row a unit is counted in, or {@code null} outside the scope. */
	Long rowOf(long unitId) {
		return this.rowOf.get(unitId);
	}

}
