package id.siapel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Things to draw from with relative weights. Draws depend only on the {@link Random}
 * given, so a seeded generator makes the same choices every time.
 */
final class Pool<T> {

	private final List<T> items = new ArrayList<>();

	private final List<Integer> cumulative = new ArrayList<>();

	private int total;

	@SafeVarargs
	static <T> Pool<T> of(T... items) {
		Pool<T> pool = new Pool<>();
		for (T item : items) {
			pool.add(item, 1);
		}
		return pool;
	}

	Pool<T> add(T item, int weight) {
		if (weight > 0) {
			this.items.add(item);
			this.total += weight;
			this.cumulative.add(this.total);
		}
		return this;
	}

	boolean isEmpty() {
		return this.items.isEmpty();
	}

	T pick(Random random) {
		int ticket = random.nextInt(this.total);
		for (int i = 0; i < this.items.size(); i++) {
			if (ticket < this.cumulative.get(i)) {
				return this.items.get(i);
			}
		}
		throw new IllegalStateException("unreachable");
	}

}
