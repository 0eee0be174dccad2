package org.parley.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsideAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.0.0.2, loopback", "::1, loopback", "::ffff:127.0.0.1, loopback",
            "169.254.169.254, link-local", "fe80::1, link-local", "::ffff:169.254.169.254, link-local",
            "10.0.0.5, private", "172.16.3.4, private", "192.168.1.1, private", "100.64.0.1, private",
            "fd00::1, private", "fc00::1, private", "64:ff9b::a00:1, private",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "0.0.0.0, unspecified", "0.1.2.3, unspecified", "::, unspecified",
            "93.184.216.34, public", "2001:db8::1, public", "8.8.8.8, public", "172.32.0.1, public"})
    void addressesAreToldInsideOrPublic(String address, String expected) throws UnknownHostException {
        Optional<String> kind = InsideAddresses.kind(InetAddress.getByName(address)); // literals: no lookup
        assertEquals(expected, kind.orElse("public"));
    }
}
