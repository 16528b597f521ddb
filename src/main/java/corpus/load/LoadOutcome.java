package corpus.load;

/** What became of one listed file: an article to index, or a reason it was skipped. */
public sealed interface LoadOutcome permits LoadOutcome.Loaded, LoadOutcome.NotLoaded {

  record Loaded(Article article) implements LoadOutcome {}

  record NotLoaded(Skipped skipped) implements LoadOutcome {}
}
