package org.tnracademy.ui.studio.form;

/** Test help: opens every list entry of a form, however deep, so every field's editor is built. */
final class FormWalk {

    private FormWalk() {
    }

    /** @return how many entries were opened */
    static int openEverything(NodeEditor editor) {
        int opened = 0;
        switch (editor) {
            case ObjectEditor object -> {
                for (String field : object.fieldNames()) {
                    opened += openEverything(object.editor(field));
                }
            }
            case ListEditor list -> {
                for (int i = 0; i < list.size(); i++) {
                    list.details(i).setOpened(true);
                    opened += 1 + openEverything(list.entry(i));
                }
            }
            case MapEditor map -> opened += openEverything(map.list());
            default -> {
            }
        }
        return opened;
    }
}
