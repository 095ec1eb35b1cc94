#!/bin/bash
# Signs in through HAProxy (8080) and Keycloak as a browser would: cookies, redirects, the login form.
for pair in analyst:analyst-demo-pw instructor:instructor-demo-pw manager:manager-demo-pw admin:admin-demo-pw; do
  user=${pair%%:*}; pw=${pair#*:}; jar=$(mktemp)
  curl -s -c $jar -b $jar -L -o /tmp/kc-login.html http://localhost:8080/
  action=$(grep -o 'action="[^"]*"' /tmp/kc-login.html | head -1 | sed 's/action="//; s/"$//; s/&amp;/\&/g')
  landed=$(curl -s -c $jar -b $jar -L -o /tmp/landed.html -w '%{url_effective} %{http_code}' \
      --data-urlencode username=$user --data-urlencode password=$pw "$action")
  node=$(grep -o 'SERVERID.*' $jar | awk '{print $2}')
  # the signed-in page: Vaadin's bootstrap, then the user's own page through the same node
  me=$(curl -s -b $jar -o /dev/null -w '%{http_code}' http://localhost:8080/progress)
  echo "$user: landed on $landed, node $node, Vaadin page $(grep -c 'window.Vaadin\|vaadin' /tmp/landed.html) lines, /progress $me"
  rm -f $jar
done
