package corpus.query.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code size} of a stream of candidates, kept in a bounded heap whose head is the weakest
 * kept. The order must be total (break ties, by term for instance), so the rows kept do not depend
 * on the order they were offered in.
 */
public final class TopK<T> {
  private final int size;
  private final Comparator<? super T> bestFirst;
  // Grows with the rows kept, so a large --top costs nothing until rows fill it.
  private final PriorityQueue<T> heap;

  public TopK(int size, Comparator<? super T> bestFirst) {
    this.size = size;
    this.bestFirst = bestFirst;
    this.heap = new PriorityQueue<>(bestFirst.reversed());
  }

  /**
   * @return whether the candidate was kept (it beats the weakest row, or there is room)
   */
  public boolean offer(T candidate) {
    if (heap.size() < size) {
      heap.add(candidate);
      return true;
    }
    if (bestFirst.compare(candidate, heap.peek()) < 0) {
      heap.poll();
      heap.add(candidate);
      return true;
    }
    return false;
  }

  boolean full() {
    return heap.size() >= size;
  }

  /** The weakest row kept; only when there is one. */
  T weakest() {
    return heap.peek();
  }

  void addAll(TopK<T> other) {
    other.heap.forEach(this::offer);
  }

  /** Best first. */
  public List<T> sorted() {
    List<T> sorted = new ArrayList<>(heap);
    sorted.sort(bestFirst);
    return sorted;
  }
}
