package org.tnracademy.core;
