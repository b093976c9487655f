#!/bin/sh
# Regenerates the test-only TLS material of tests/unit/tst_tls.cpp (none of it is a secret):
#   tls-ca.crt/.key          a test certificate authority (the tests trust it explicitly)
#   tls-leaf.key             the key of both leaf certificates below
#   tls-wronghost.crt        signed by the test CA, valid 2020-2120, but for wrong.example.com only
#   tls-expired.crt          signed by the test CA for localhost/127.0.0.1, valid 2020-01-01..2020-01-02
#   tls-localhost.crt        signed by the test CA for localhost/127.0.0.1, valid 2020-2120 (the good one:
#                            HTTPS through a proxy's CONNECT tunnel, tests/unit/tst_proxy_emulator.cpp)
# selfsigned.crt/.key (localhost/127.0.0.1, self-signed) predate this script.
# Usage: tests/data/make-tls-certs.sh   (needs openssl; writes next to itself)
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl genrsa -out tls-leaf.key 2048 2>/dev/null

# Every certificate is made by "openssl ca", which can set past dates: the CA and the wrong-host
# certificate are valid from 2020 (a machine with a clock behind the generation date still trusts
# them), the expired one ended in 2020.
mkdir -p "$work/ca"
: >"$work/ca/index.txt"
echo 1000 >"$work/ca/serial"
cat >"$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work/ca
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
x509_extensions = leaf
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[wrong]
basicConstraints = CA:FALSE
subjectAltName = DNS:wrong.example.com
[anything]
commonName = supplied
[leaf]
basicConstraints = CA:FALSE
subjectAltName = DNS:localhost,IP:127.0.0.1
CNF
openssl req -new -newkey rsa:2048 -nodes -keyout tls-ca.key -subj "/CN=AIGC Audio Studio test CA" \
    -out "$work/ca.csr" 2>/dev/null
openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile tls-ca.key -extensions ca_ext -in "$work/ca.csr" \
    -startdate 20200101000000Z -enddate 21200101000000Z -out "$work/ca.pem" 2>/dev/null
openssl x509 -in "$work/ca.pem" -out tls-ca.crt

openssl req -new -key tls-leaf.key -subj "/CN=wrong.example.com" -out "$work/wrong.csr"
openssl ca -batch -config "$work/ca.cnf" -cert tls-ca.crt -keyfile tls-ca.key -extensions wrong \
    -in "$work/wrong.csr" -startdate 20200101000000Z -enddate 21200101000000Z -out "$work/wrong.pem" 2>/dev/null
openssl x509 -in "$work/wrong.pem" -out tls-wronghost.crt

openssl req -new -key tls-leaf.key -subj "/CN=localhost" -out "$work/expired.csr"
openssl ca -batch -config "$work/ca.cnf" -cert tls-ca.crt -keyfile tls-ca.key -in "$work/expired.csr" \
    -startdate 20200101000000Z -enddate 20200102000000Z -out "$work/expired.pem" 2>/dev/null
openssl x509 -in "$work/expired.pem" -out tls-expired.crt

openssl req -new -key tls-leaf.key -subj "/CN=localhost" -out "$work/good.csr"
openssl ca -batch -config "$work/ca.cnf" -cert tls-ca.crt -keyfile tls-ca.key -in "$work/good.csr" \
    -startdate 20200101000000Z -enddate 21200101000000Z -out "$work/good.pem" 2>/dev/null
openssl x509 -in "$work/good.pem" -out tls-localhost.crt
