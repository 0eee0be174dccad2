package org.parley.ingest.watch;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps URLs that came from elsewhere (a feed item's link, any redirect) from reaching addresses
 * inside ({@link InsideAddresses}). Checked three times, so that neither a name that resolves
 * inside nor a DNS answer that changes between lookup and connect gets through: an address written
 * in the URL before the request, every address a name resolves to before connecting, and the
 * address of the socket actually connected before the request is sent on it.
 */
final class AddressGuard {

    /** A URL refused because it leads inside; the message is the one-line reason. */
    static final class Refused extends UnknownHostException { // what a lookup may throw
        Refused(String reason) {
            super(reason);
        }
    }

    private final HostResolver resolver;

    AddressGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** Name lookup for requests that may go anywhere (the feeds the user named). */
    Dns open() {
        return host -> List.copyOf(resolver.resolve(host));
    }

    /** Name lookup that refuses a name when any of its addresses is inside. */
    Dns guarded() {
        return host -> {
            List<InetAddress> addresses = resolver.resolve(host);
            for (InetAddress a : addresses) {
                refuseInside(host, a);
            }
            return List.copyOf(addresses);
        };
    }

    /** Refuses a connection whose peer is inside, before anything is sent on it. */
    static Interceptor connectedPeerCheck() {
        return chain -> {
            if (chain.connection() != null) {
                Socket socket = chain.connection().socket();
                refuseInside(chain.request().url().host(), socket.getInetAddress());
            }
            return chain.proceed(chain.request());
        };
    }

    /** A host written as an address is not looked up, so it is checked here. */
    static void refuseLiteralInside(URI uri) throws Refused {
        String host = uri.getHost();
        if (host == null || !isAddressLiteral(host)) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            throw new Refused("bad address " + host);
        }
        refuseInside(host, address);
    }

    private static void refuseInside(String host, InetAddress address) throws Refused {
        Optional<String> kind = InsideAddresses.kind(address);
        if (kind.isPresent()) {
            String name = host.equals(address.getHostAddress()) || host.equals("[" + address.getHostAddress() + "]")
                    ? address.getHostAddress() : host + " (" + address.getHostAddress() + ")";
            throw new Refused(name + " is a " + kind.get() + " address");
        }
    }

    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+") || host.matches("(?i)0x[0-9a-f.x]+");
    }
}
