#!/bin/bash
# The services of deploy/compose.yaml started by hand from the same settings, where no container
# engine exists: PostgreSQL, Keycloak with the shipped realm, two academy nodes (profiles
# postgres,keycloak, JSON logs) and HAProxy with deploy/haproxy/haproxy.cfg, its Docker names
# replaced by 127.0.0.1 ports. Run as root from the project root after building the jar
# (./mvnw -pl academy-ui -am package -DskipTests) and once the keycloak profile's tests have unpacked
# Keycloak (or set KEYCLOAK_HOME). Then deploy/by-hand/signin.sh signs in each demo user through
# HAProxy and Keycloak; deploy/by-hand/stop.sh stops everything. See docs/operations.md, "Compose".
set -eu
ROOT=$(pwd)
W=${BY_HAND_DIR:-/tmp/tnr-academy-by-hand}; rm -rf $W; mkdir -p $W
PG=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export JAVA_HOME
# a copy: a build while the nodes run must not change the jar under them
JAR=$W/academy-ui.jar; cp $ROOT/academy-ui/target/academy-ui.jar $JAR
KC=${KEYCLOAK_HOME:-$ROOT/academy-ui/target/keycloak/keycloak-26.7.3}
# what deploy/.env would hold (env.example's values)
ACADEMY_DB_PASSWORD=change-me-database-password
ACADEMY_OIDC_CLIENT_SECRET=academy-ui-demo-secret
ACADEMY_METRICS_TOKEN=change-me-metrics-token
ACADEMY_BADGES_KEY_SECRET=change-me-badges-key-secret

echo "== PostgreSQL on 5433"
# PostgreSQL refuses to run as root: a user of its own
id pgrun >/dev/null 2>&1 || useradd -m pgrun
mkdir -p $W/pg && chown pgrun $W/pg
echo "$ACADEMY_DB_PASSWORD" > $W/pwfile; chown pgrun $W/pwfile; chmod 600 $W/pwfile
su pgrun -c "$PG/initdb -D $W/pg/data -U academy --pwfile=$W/pwfile -A scram-sha-256 >/dev/null"
su pgrun -c "$PG/pg_ctl -D $W/pg/data -o '-p 5433 -k /tmp -c listen_addresses=127.0.0.1' -l $W/pg/log start >/dev/null"
sleep 3
PGPASSWORD=$ACADEMY_DB_PASSWORD $PG/createdb -h 127.0.0.1 -p 5433 -U academy academy

echo "== Keycloak on 8180 (start-dev, the shipped realm)"
rm -rf $W/kc && cp -r $KC $W/kc && rm -rf $W/kc/data/h2 && mkdir -p $W/kc/data/import && cp $ROOT/deploy/keycloak/academy-realm.json $W/kc/data/import/
( KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=change-me-keycloak-admin \
  nice -n 5 $W/kc/bin/kc.sh start-dev --http-port=8180 --hostname=http://localhost:8180 --import-realm \
  --health-enabled=true > $W/keycloak.log 2>&1 & )

echo "== two academy nodes (profiles postgres,keycloak, JSON logs) on 8081 and 8082"
for n in 1 2; do
  # compose gives both PORT 8080 in their own containers; here each has its own port
  ( SPRING_PROFILES_ACTIVE=postgres,keycloak PORT=808$n \
    ACADEMY_DB_URL=jdbc:postgresql://127.0.0.1:5433/academy ACADEMY_DB_USER=academy \
    ACADEMY_DB_PASSWORD=$ACADEMY_DB_PASSWORD ACADEMY_OIDC_ISSUER=http://localhost:8180/realms/academy \
    ACADEMY_OIDC_CLIENT_ID=academy-ui ACADEMY_OIDC_CLIENT_SECRET=$ACADEMY_OIDC_CLIENT_SECRET \
    ACADEMY_METRICS_TOKEN=$ACADEMY_METRICS_TOKEN ACADEMY_BADGES_KEY_SECRET=$ACADEMY_BADGES_KEY_SECRET \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    ACADEMY_DATA_DIR=$W/node$n \
    nice -n 5 $JAVA_HOME/bin/java -Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -XX:MetaspaceSize=192m -XX:+UseStringDeduplication -XX:+UseTransparentHugePages -jar $JAR > $W/node$n.log 2>&1 & )
  # the first node migrates the schema; the second starts once it is ready
  until curl -sf http://127.0.0.1:808$n/actuator/health/readiness >/dev/null; do sleep 3; done
  echo "node $n ready"
done

echo "== HAProxy on 8080 with deploy/haproxy/haproxy.cfg (Docker's resolver and names -> 127.0.0.1)"
sed -e '/^resolvers docker/,/^$/d' -e 's/ resolvers docker//' \
    -e 's/academy-1:8080/127.0.0.1:8081/; s/academy-2:8080/127.0.0.1:8082/' \
    $ROOT/deploy/haproxy/haproxy.cfg > $W/haproxy.cfg
diff $ROOT/deploy/haproxy/haproxy.cfg $W/haproxy.cfg || true
haproxy -c -f $W/haproxy.cfg
( haproxy -db -f $W/haproxy.cfg > $W/haproxy.log 2>&1 & )
until curl -sf http://localhost:8180/realms/academy/.well-known/openid-configuration >/dev/null; do sleep 3; done
echo "started: http://localhost:8080 (HAProxy), Keycloak http://localhost:8180; logs in $W"
