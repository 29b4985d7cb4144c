package id.siapel.employee;

import java.util.List;

/** One page of employees and the total number matching the filter. */
public record EmployeePage(List<EmployeeRow> items, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

}
