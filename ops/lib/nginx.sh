# Sourced by ops/test.sh and ops/cluster.sh: installs Debian's nginx when missing and writes the load balancer's
# configuration for ops/cluster.sh (round-robin, no sticky sessions, WebSockets forwarded).
# shellcheck shell=bash

install_nginx() {
  if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
    echo "$(basename "$0"): nginx not found; installing Debian's nginx package" >&2
    local sudo=""
    if [[ $EUID -ne 0 ]]; then
      sudo="sudo"
    fi
    $sudo apt-get update -qq
    # The package's own service is not wanted (ops/cluster.sh runs a private nginx); where an init system starts it
    # anyway, stop it again so that nothing listens on port 80 because of us.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confold nginx >/dev/null
    $sudo systemctl disable --now nginx >/dev/null 2>&1 || true
  fi
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

# write_nginx_config FOLDER LISTEN_PORT UPSTREAM_PORT... — a private nginx under FOLDER (pid, logs, temp files).
write_nginx_config() {
  local folder="$1" port="$2"
  shift 2
  mkdir -p "$folder/tmp" "$folder/logs"
  local user_line="" servers="" upstream
  # A root master would hand the workers to `nobody`, who cannot reach the folder: keep them as the current user.
  if [[ $EUID -eq 0 ]]; then
    user_line="user $(id -un) $(id -gn);"
  fi
  for upstream in "$@"; do
    # max_fails/fail_timeout: a killed node is skipped for a few seconds instead of failing every other request.
    servers+="    server 127.0.0.1:$upstream max_fails=1 fail_timeout=5s;"$'\n'
  done
  cat >"$folder/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $folder/nginx.pid;
error_log $folder/logs/error.log warn;
events { worker_connections 16384; }
http {
  # \$uri, not \$request: hub URLs carry the bearer token in access_token.
  log_format no_query '\$remote_addr [\$time_local] "\$request_method \$uri" \$status \$upstream_addr \$request_time';
  access_log $folder/logs/access.log no_query;
  client_body_temp_path $folder/tmp/body;
  proxy_temp_path $folder/tmp/proxy;
  fastcgi_temp_path $folder/tmp/fastcgi;
  uwsgi_temp_path $folder/tmp/uwsgi;
  scgi_temp_path $folder/tmp/scgi;

  # WebSocket upgrades pass "Connection: upgrade"; plain requests keep the upstream connection alive.
  map \$http_upgrade \$connection_upgrade {
    default upgrade;
    ''      '';
  }

  # Round-robin, deliberately without ip_hash/sticky: any node serves any client (docs/operations.md).
  upstream remote_evaluation {
$servers    keepalive 32;
  }

  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://remote_evaluation;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      # Hub connections live for a whole session; pings keep them busy, but never cut a quiet one.
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
      proxy_buffering off;
    }
  }
}
CONF
}
