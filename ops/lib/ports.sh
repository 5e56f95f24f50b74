# free_port: a loopback port nothing listens on, below the kernel's ephemeral range. Thousands of simulated client
# connections leave their ephemeral ports in TIME_WAIT, and a listener asked to bind one of those fails to start.
free_port() {
  local low port
  low="$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)"
  while :; do
    port=$((10000 + RANDOM % (low - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}
