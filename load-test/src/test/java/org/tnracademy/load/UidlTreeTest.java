package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UidlTreeTest {

    private final UidlTree tree = new UidlTree();

    private void apply(String changes) {
        tree.apply(VaadinConnection.JSON.readTree(changes));
    }

    private void page() {
        apply("""
                [{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2]},
                 {"node":2,"type":"attach"},{"node":2,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
                 {"node":2,"type":"put","key":"id","feat":3,"value":"submit-answer"},
                 {"node":2,"type":"put","key":"click","feat":4,"value":"abc="},
                 {"node":2,"type":"splice","feat":2,"index":0,"addNodes":[3]},
                 {"node":3,"type":"attach"},{"node":3,"type":"put","key":"text","feat":7,"value":"Submit answer"}]
                """);
    }

    @Test
    void findsAnElementByItsIdWithItsTextAndListeners() {
        page();

        UidlNode submit = tree.byId("submit-answer").orElseThrow();

        assertThat(submit.tag()).isEqualTo("vaadin-button");
        assertThat(submit.text()).isEqualTo("Submit answer");
        assertThat(submit.listensTo("click")).isTrue();
    }

    @Test
    void anElementHiddenByTheServerIsNotFound() {
        page();
        apply("""
                [{"node":2,"type":"put","key":"visible","feat":0,"value":false}]""");

        assertThat(tree.byId("submit-answer")).isEmpty();
    }

    @Test
    void aRemovedChildLeavesThePageAndADetachedNodeIsGone() {
        page();
        apply("""
                [{"node":1,"type":"splice","feat":2,"index":0,"remove":1},{"node":2,"type":"detach"}]""");

        assertThat(tree.byId("submit-answer")).isEmpty();
        assertThat(tree.get(2)).isEmpty();
    }

    @Test
    void virtualChildrenSuchAsGridCellsAreSearchedToo() {
        page();
        apply("""
                [{"node":1,"type":"splice","feat":24,"index":0,"addNodes":[9]},
                 {"node":9,"type":"put","key":"tag","feat":0,"value":"vaadin-select"},
                 {"node":9,"type":"put","key":"id","feat":3,"value":"label-msg-001"},
                 {"node":9,"type":"put","key":"value","feat":1,"value":""}]""");

        assertThat(tree.findAll(UidlTree.idStartsWith("label-"))).extracting(UidlNode::id).containsExactly(9);
        assertThat(tree.byId("label-msg-001").orElseThrow().property("value").asString()).isEmpty();
    }

    @Test
    void aLinkIsFoundAsAComponentOrAsAnAnchorInMarkupTheServerRendered() {
        page();
        apply("""
                [{"node":2,"type":"splice","feat":2,"index":1,"addNodes":[4,5]},
                 {"node":4,"type":"attach"},{"node":4,"type":"put","key":"tag","feat":0,"value":"a"},
                 {"node":4,"type":"put","key":"id","feat":3,"value":"resume-1"},
                 {"node":4,"type":"put","key":"href","feat":3,"value":"lessons/2"},
                 {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"ol"},
                 {"node":5,"type":"put","key":"innerHTML","feat":1,"value":"<li><a href=\\"exercises/1\\" id=\\"exercise-ab\\" router-link=\\"\\">AB</a></li><li><a href=\\"exercises/2?x=1&amp;y=2\\" id=\\"exercise-a\\" router-link=\\"\\">A</a></li>"}]""");

        assertThat(tree.anchorHref("resume-1")).contains("lessons/2");
        assertThat(tree.anchorHref("exercise-a")).contains("exercises/2?x=1&y=2");
        assertThat(tree.anchorHref("exercise-ab")).contains("exercises/1");
        assertThat(tree.anchorHref("exercise-b")).isEmpty();
    }
}
