/**
 * Learners' unsubmitted answers, kept on the server as they work so that a reload, a language
 * switch, a new sign-in or another device finds them again: one draft per account and exercise
 * version, cleared when an attempt is submitted.
 */
package org.tnracademy.core.answerdraft;
