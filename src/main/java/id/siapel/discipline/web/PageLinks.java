package id.siapel.discipline.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The RFC 8288 {@code Link} header of a paged JSON array: the first, previous, next and
 * last pages of the same query.
 */
final class PageLinks {

	private PageLinks() {
	}

	static String of(int page, int size, int totalPages) {
		int last = Math.max(0, totalPages - 1);
		List<String> links = new ArrayList<>();
		links.add(link(0, size, "first"));
		if (page > 0) {
			links.add(link(Math.min(page - 1, last), size, "prev"));
		}
		if (page < last) {
			links.add(link(page + 1, size, "next"));
		}
		links.add(link(last, size, "last"));
		return String.join(", ", links);
	}

	private static String link(int page, int size, String rel) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}

}
