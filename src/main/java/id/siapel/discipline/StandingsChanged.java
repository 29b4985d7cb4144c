package id.siapel.discipline;

import java.time.LocalDate;
import java.util.List;

/**
 * Published in the transaction that counted some employee-days again; the flags are
 * raised from it once that transaction has committed.
 *
 * @param employeeIds the employees, in step with {@code days}
 * @param days the days counted again
 */
record StandingsChanged(List<Long> employeeIds, List<LocalDate> days) {

	static StandingsChanged of(java.util.Collection<DisciplineStore.EmployeeDay> changed) {
		return new StandingsChanged(changed.stream().map(DisciplineStore.EmployeeDay::employeeId).toList(),
				changed.stream().map(DisciplineStore.EmployeeDay::day).toList());
	}

	java.util.Set<DisciplineStore.EmployeeDay> employeeDays() {
		java.util.Set<DisciplineStore.EmployeeDay> set = new java.util.LinkedHashSet<>();
		for (int i = 0; i < this.employeeIds.size(); i++) {
			set.add(new DisciplineStore.EmployeeDay(this.employeeIds.get(i), this.days.get(i)));
		}
		return set;
	}

}
