package org.tnracademy.ui.exercise;

/** Every grader of this node is taken and the line behind them is full: nothing was submitted. */
public class GradingBusyException extends RuntimeException {

    GradingBusyException() {
        super("The grading line of this node is full", null, false, false);
    }
}
