/** Accounts and roles: who signs in and what they may do. */
package org.tnracademy.core.account;
