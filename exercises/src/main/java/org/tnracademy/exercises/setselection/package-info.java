/**
 * Set selection: the learner picks, from a dataset's items, those of one campaign (the coordinated
 * accounts, the posts of one operation); graded by F1 or Jaccard against the key set.
 */
package org.tnracademy.exercises.setselection;
