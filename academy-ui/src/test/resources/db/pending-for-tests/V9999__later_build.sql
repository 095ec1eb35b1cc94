-- a migration of a later build, never applied: makes the database look older than the build
CREATE TABLE later_build (id INT);
