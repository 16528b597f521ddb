package corpus.load;

/** What became of one listed file: an article to index, or a reason it was skipped. */
public sealed interface LoadOutcome permits LoadOutcome.Loaded, LoadOutcome.NotLoaded {

  /** The file's id, whichever way it went. */
  String id();

  record Loaded(Article article) implements LoadOutcome {
    @Override
    public String id() {
      return article.id();
    }
  }

  record NotLoaded(Skipped skipped) implements LoadOutcome {
    @Override
    public String id() {
      return skipped.id();
    }
  }
}
