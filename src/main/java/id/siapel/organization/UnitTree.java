package id.siapel.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole unit tree at one moment, held in memory: a regency has a few hundred units,
 * so reading them in one query and walking the tree in Java is cheaper than a recursive
 * query per question.
 */
public final class UnitTree {

	private static final Comparator<UnitView> SIBLING_ORDER = Comparator.comparing(UnitView::kind)
		.thenComparing(UnitView::name);

	private final Map<Long, UnitView> byId = new HashMap<>();

	private final Map<String, UnitView> byCode = new HashMap<>();

	private final Map<Long, List<UnitView>> children = new HashMap<>();

	private final UnitView root;

	public UnitTree(Collection<UnitView> units) {
		UnitView top = null;
		for (UnitView unit : units) {
			this.byId.put(unit.id(), unit);
			this.byCode.put(unit.code(), unit);
			if (unit.parentId() == null) {
				top = unit;
			}
			else {
				this.children.computeIfAbsent(unit.parentId(), (id) -> new ArrayList<>()).add(unit);
			}
		}
		this.children.values().forEach((list) -> list.sort(SIBLING_ORDER));
		this.root = top;
	}

	public Optional<UnitView> root() {
		return Optional.ofNullable(this.root);
	}

	public Optional<UnitView> byId(long id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public Optional<UnitView> byCode(String code) {
		return (code == null) ? Optional.empty()
				: Optional.ofNullable(this.byCode.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	public List<UnitView> children(long id) {
		return this.children.getOrDefault(id, List.of());
	}

	public int size() {
		return this.byId.size();
	}

	/** The unit and every unit below it. */
	public Set<Long> subtreeIds(long id) {
		Set<Long> ids = new LinkedHashSet<>();
		collect(id, ids);
		return ids;
	}

	private void collect(long id, Set<Long> ids) {
		if (ids.add(id)) {
			for (UnitView child : children(id)) {
				collect(child.id(), ids);
			}
		}
	}

	/** Whether {@code id} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long id, long ancestorId) {
		Long current = id;
		while (current != null) {
			if (current == ancestorId) {
				return true;
			}
			UnitView unit = this.byId.get(current);
			current = (unit != null) ? unit.parentId() : null;
		}
		return false;
	}

	/** From the root down to the unit itself. */
	public List<UnitView> path(long id) {
		List<UnitView> path = new ArrayList<>();
		UnitView current = this.byId.get(id);
		while (current != null) {
			path.add(0, current);
			current = (current.parentId() != null) ? this.byId.get(current.parentId()) : null;
		}
		return path;
	}

	/**
	 * The OPD a unit belongs to: its ancestor directly below the Pemda (itself if it is
	 * an OPD).
	 */
	public Optional<UnitView> opdOf(long id) {
		List<UnitView> path = path(id);
		return (path.size() >= 2) ? Optional.of(path.get(1)) : Optional.empty();
	}

	/** The OPDs: the units directly below the Pemda. */
	public List<UnitView> opds() {
		return (this.root != null) ? children(this.root.id()) : List.of();
	}

	/**
	 * Depth-first listing for display, starting at the given units (the roots of a user's
	 * scope), each with its depth relative to those starting points.
	 */
	public List<Node> flatten(Collection<Long> startIds) {
		List<Node> nodes = new ArrayList<>();
		for (Long start : startIds) {
			UnitView unit = this.byId.get(start);
			if (unit != null) {
				flatten(unit, 0, nodes);
			}
		}
		return nodes;
	}

	private void flatten(UnitView unit, int depth, List<Node> nodes) {
		nodes.add(new Node(unit, depth, !children(unit.id()).isEmpty()));
		for (UnitView child : children(unit.id())) {
			flatten(child, depth + 1, nodes);
		}
	}

	/** A unit in a depth-first listing. */
	public record Node(UnitView unit, int depth, boolean hasChildren) {
	}

}
