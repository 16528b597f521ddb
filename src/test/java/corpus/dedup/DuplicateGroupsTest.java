package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.dedup.DuplicateGroups.Group;
import corpus.dedup.DuplicateGroups.Member;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateGroupsTest {

  private static Member m(String id, Long day) {
    return new Member(id, day);
  }

  private static List<String> ids(Group g) {
    return g.members().stream().map(Member::id).toList();
  }

  @Test
  void theCanonicalMemberIsTheEarliestThenTheSmallestIdAndUndatedComeLast() {
    DuplicateGroups groups = new DuplicateGroups();
    groups.add(m("c", 10L));
    groups.add(m("b", 10L));
    groups.add(m("a", null));
    groups.add(m("d", 12L));
    groups.link("c", "b");
    groups.link("a", "c");
    groups.link("d", "a");
    assertEquals("b", groups.canonical("a").id());
    assertEquals("b", groups.canonical("d").id());
    assertTrue(groups.isCanonical("b"));
    assertEquals(1, groups.groups().size());
    assertEquals(List.of("b", "c", "d", "a"), ids(groups.groups().get(0)));
  }

  @Test
  void aMemberWithoutPairsIsItsOwnCanonicalAndInNoGroup() {
    DuplicateGroups groups = new DuplicateGroups();
    groups.add(m("x", 3L));
    assertEquals("x", groups.canonical("x").id());
    assertEquals(List.of(), groups.groups());
    assertNull(groups.canonical("nobody"));
  }

  @Test
  void removingTheCanonicalPromotesTheNextBySameOrder() {
    DuplicateGroups groups = new DuplicateGroups();
    groups.add(m("late", 20L));
    groups.add(m("early", 5L));
    groups.add(m("middle", 9L));
    groups.link("late", "early");
    groups.link("middle", "late");
    assertEquals("early", groups.canonical("late").id());
    assertTrue(groups.remove("early"));
    assertEquals("middle", groups.canonical("late").id());
    assertEquals(List.of("middle", "late"), ids(groups.groups().get(0)));
    assertTrue(groups.remove("middle"));
    assertEquals(List.of(), groups.groups());
    assertEquals("late", groups.canonical("late").id());
    assertFalse(groups.remove("middle"));
  }

  @Test
  void removingTheOnlyLinkSplitsTheGroup() {
    DuplicateGroups groups = new DuplicateGroups();
    for (String id : List.of("a", "b", "c", "d", "e")) {
      groups.add(m(id, (long) id.charAt(0)));
    }
    groups.link("a", "b");
    groups.link("b", "c"); // c joins a's group through b only
    groups.link("c", "d");
    groups.link("d", "e");
    groups.link("c", "e");
    assertEquals(1, groups.groups().size());
    groups.remove("b");
    List<Group> after = groups.groups();
    assertEquals(1, after.size(), "a is alone now; c, d, e still linked");
    assertEquals(List.of("c", "d", "e"), ids(after.get(0)));
    assertEquals("a", groups.canonical("a").id());
    groups.link("a", "e"); // after a removal, new links still join
    assertEquals("a", groups.canonical("d").id());
  }

  @Test
  void aChangedDateIsHonoured() {
    DuplicateGroups groups = new DuplicateGroups();
    groups.add(m("a", 1L));
    groups.add(m("b", 2L));
    groups.link("a", "b");
    groups.add(m("a", 3L));
    assertEquals("b", groups.canonical("a").id());
  }

  @Test
  void theCallerMayGiveAnotherOrder() {
    DuplicateGroups groups =
        new DuplicateGroups(Comparator.comparing(Member::id, Comparator.reverseOrder()));
    groups.add(m("a", 1L));
    groups.add(m("z", 2L));
    groups.link("a", "z");
    assertEquals("z", groups.canonical("a").id());
  }

  @Test
  void linkingAnUnknownIdIsRefused() {
    DuplicateGroups groups = new DuplicateGroups();
    groups.add(m("a", 1L));
    assertThrows(IllegalArgumentException.class, () -> groups.link("a", "b"));
  }

  @Test
  void groupsAreOrderedByTheirCanonicalMembers() {
    DuplicateGroups groups = new DuplicateGroups();
    for (String id : List.of("p", "q", "r", "s")) {
      groups.add(m(id, id.equals("r") ? 0L : 100L));
    }
    groups.link("p", "q");
    groups.link("r", "s");
    assertEquals(List.of("r", "p"), groups.groups().stream().map(g -> g.canonical().id()).toList());
  }
}
