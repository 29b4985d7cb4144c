package id.siapel.discipline.cases;

import java.util.List;

/** One page of the case list. */
public record CasePage(List<CaseView> items, int page, int size, long total) {

	public int pages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

}
