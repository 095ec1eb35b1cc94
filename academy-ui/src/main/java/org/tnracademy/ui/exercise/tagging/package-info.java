/** Where a learner tags an incident with DISARM or ATT&CK techniques, and the feedback on the tags. */
package org.tnracademy.ui.exercise.tagging;
