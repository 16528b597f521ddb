package corpus.load.date;

import java.util.Optional;

/** The last resort: the earliest complete date anywhere in the text. */
final class TextRule implements DateRule {

  @Override
  public Optional<DatedText> find(String relativePath, String text) {
    return DateParser.find(text, 0)
        .map(found -> new DatedText(text, found.date(), DateSource.TEXT, null));
  }
}
