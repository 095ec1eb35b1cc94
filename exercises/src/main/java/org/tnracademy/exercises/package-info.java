package org.tnracademy.exercises;
