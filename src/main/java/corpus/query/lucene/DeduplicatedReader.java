package corpus.query.lucene;

import corpus.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader.CacheHelper;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index with every near-duplicate copy ({@link Schema#DUP_COPY}) taken for deleted, so each
 * group of wire copies counts once, as its canonical article. Everything that respects deletions
 * (every search, every count over live articles, the checks for deletions before using a term's
 * whole-index statistics) then answers for the deduplicated corpus with no code of its own.
 */
final class DeduplicatedReader extends FilterDirectoryReader {

  DeduplicatedReader(DirectoryReader in) throws IOException {
    super(
        in,
        new SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader reader) {
            try {
              return new WithoutCopies(reader);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new DeduplicatedReader(in);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null; // other live documents than the wrapped reader's: never share its cache entries
  }

  private static final class WithoutCopies extends FilterLeafReader {
    private final Bits live;
    private final int numDocs;

    WithoutCopies(LeafReader in) throws IOException {
      super(in);
      FixedBitSet kept = new FixedBitSet(Math.max(1, in.maxDoc()));
      Bits inLive = in.getLiveDocs();
      for (int doc = 0; doc < in.maxDoc(); doc++) {
        if (inLive == null || inLive.get(doc)) {
          kept.set(doc);
        }
      }
      NumericDocValues roles = DocValues.getNumeric(in, Schema.DUP_ROLE);
      for (int doc = roles.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = roles.nextDoc()) {
        if (roles.longValue() == Schema.DUP_COPY) {
          kept.clear(doc);
        }
      }
      this.live = in.maxDoc() == 0 ? null : kept;
      this.numDocs = in.maxDoc() == 0 ? 0 : kept.cardinality();
    }

    @Override
    public Bits getLiveDocs() {
      return live;
    }

    @Override
    public int numDocs() {
      return numDocs;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in
          .getCoreCacheHelper(); // the same postings: cached matches are filtered by getLiveDocs
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
