package org.tnracademy.ui.studio.form;

/** true or false, as a checkbox; always written to the tree. */
public record BooleanShape() implements Shape {
}
