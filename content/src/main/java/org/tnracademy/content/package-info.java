package org.tnracademy.content;
