package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agency a wire story's dateline names, in the shapes the agencies use, kept as written; an
 * aside in brackets is no agency, and a marker past the dateline's reach is not a dateline.
 */
class WireAgencyTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Reuters: city, date, agency in round brackets, a hyphen
        "WASHINGTON, Jan 5 (Reuters) - The U.S. Senate voted on Thursday. | Reuters",
        // TASS, English and Russian: agency between slashes, a full stop after
        "MOSCOW, August 22. /TASS/. Russia's foreign minister said on Monday. | TASS",
        "МОСКВА, 22 августа. /ТАСС/. Министр иностранных дел России заявил. | ТАСС",
        // PR Newswire releases: the full date, slashes, two hyphens
        "BEIJING, Sept. 17, 2022 /PRNewswire/ -- A company announced results. | PRNewswire",
        // AP: the agency alone, an em dash
        "(AP) — Officials said the storm weakened overnight. | AP",
        "NEW YORK (AP) — Stocks rose on Wall Street. | AP",
        // Xinhua
        "BEIJING, Dec. 19 (Xinhua) -- China and Russia signed a pact. | Xinhua",
        // The name as the agency writes it: dpa in lower case, Business Wire in capitals
        "BERLIN (dpa) - Die Bundesregierung hat beschlossen. | dpa",
        "SAN FRANCISCO--(BUSINESS WIRE)--A company announced results. | BUSINESS WIRE",
        "NEW YORK, Jan. 05, 2023 (GLOBE NEWSWIRE) -- A company announced results. | GLOBE NEWSWIRE",
        "PARIS, 5 janv 2023 (AFP) - Le gouvernement a annoncé. | AFP",
        "TOKYO, April 1 (Kyodo) -- The yen fell. | Kyodo",
      })
  void findsTheAgencyOfARealDateline(String text, String agency) {
    assertEquals(Optional.ofNullable(agency), WireAgency.find(text), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // Asides in brackets that name no agency
        "WASHINGTON (pictured) — The president spoke on Thursday.",
        "The minister (right) met his counterpart (left) in Beijing.",
        "Shares of Apple (AAPL) rose 3% and Amazon (AMZN) fell.",
        "The ruling party (UR) won the vote, said the report (PDF).",
        // An agency's name is not a marker without its brackets or slashes
        "Reuters reported on Monday that AP and AFP had the same story.",
        // A photo credit is not a dateline marker
        "Crowds gathered. (AP Photo/Evan Vucci) The president spoke.",
        // A path segment of a web address is not a marker between slashes
        "Read the original at https://www.yahoo.com/news/ap/story-123.html today.",
        "Photos: https://example.com/afp/2023/01/05/story and more.",
        "Archived from https://www.example.org/reuters/ on Monday.",
        "Archived from https://www.example.org/2023/reuters/ on Monday.",
        // A name that merely starts like an agency's
        "PARIS (APA) - Austrian news agency copy. (Reutersville) (TASSO)",
        "",
      })
  void findsNoneForAnAsideOrAPlainName(String text) {
    assertEquals(Optional.empty(), WireAgency.find(text), text);
  }

  @Test
  void aMarkerPastTheFirst300CharactersIsNoDateline() {
    String lead = "x".repeat(300);

    assertEquals(Optional.empty(), WireAgency.find(lead + "(Reuters) - late marker."));
    assertEquals(Optional.empty(), WireAgency.find(lead + " /TASS/. late marker."));
    assertEquals(Optional.empty(), WireAgency.find("y".repeat(5000) + " (AP) — "));
  }

  @Test
  void aMarkerWithinTheFirst300CharactersCounts() {
    // The marker ends on character 300 exactly: wholly within the reach.
    String marker = "(Reuters)";
    String text = "x".repeat(300 - marker.length()) + marker + " - and the story goes on.";

    assertEquals(Optional.of("Reuters"), WireAgency.find(text));
  }

  @Test
  void theFirstMarkerWins() {
    assertEquals(
        Optional.of("Xinhua"),
        WireAgency.find("BEIJING, Dec. 19 (Xinhua) -- Citing a report (Reuters), officials said."));
  }
}
