package corpus.query.solr;

/**
 * The fields a corpus collection has beside an article's own ({@link corpus.index.Schema}): what
 * SolrCloud needs to route and replace documents, and what lets several machines index their own
 * folders into one collection at once.
 */
public final class CollectionFields {
  private CollectionFields() {}

  /**
   * The unique key: the article's {@link #ORIGIN} and its id, {@code host:/folder/2024/a.txt}. An
   * id alone is a path relative to a corpus folder, and two machines may both have {@code
   * 2024/a.txt}; the origin keeps them apart, and SolrCloud routes by a hash of the whole key.
   */
  public static final String KEY = "key";

  /**
   * The machine and corpus folder an article was indexed from, {@code host:/abs/folder}: an index
   * run reads, replaces and removes only the articles of its own origin.
   */
  public static final String ORIGIN = "origin";

  /** The corpus folder alone, absolute: an article's path is shown relative to it. */
  public static final String ROOT = "root";

  /**
   * How many articles the article's file held when it was indexed. The articles of a record file
   * are sent one by one and a run can be stopped between two of them; the next run finds fewer
   * articles than this and reads the file again.
   */
  public static final String FILE_RECORDS = "file_records";

  /** The article as the loader read it ({@link ArticleJson}); the shard makes its Lucene fields. */
  public static final String ARTICLE = "article";

  /**
   * The configset file that holds the collection's user dictionary (one word a line): the words its
   * Chinese articles are segmented with, given to {@code corpus solr init --user-dict}. Every
   * collection has a configset of its own for it.
   */
  public static final String USER_WORDS = "user-words.txt";
}
