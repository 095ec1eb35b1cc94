/** In-app notifications for learners: grades arrived or changed, courses assigned, due dates near. */
package org.tnracademy.core.notification;
