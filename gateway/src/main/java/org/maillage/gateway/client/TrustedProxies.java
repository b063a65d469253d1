package org.maillage.gateway.client;

import io.micronaut.context.exceptions.ConfigurationException;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies whose X-Forwarded-For the gateway believes: addresses ({@code 10.0.0.5}, {@code ::1}), ranges in CIDR
 * notation ({@code 10.0.0.0/24}) or host names, resolved once here, at start-up. A name that does not resolve, or an
 * entry that is none of these, refuses the start: a list that silently matched nothing would count every visitor of
 * the site as the site itself.
 */
final class TrustedProxies {

    private final List<IpSubnetFilterRule> rules;

    private TrustedProxies(List<IpSubnetFilterRule> rules) {
        this.rules = rules;
    }

    static TrustedProxies parse(List<String> entries) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            if (slash >= 0) {
                rules.add(range(entry, entry.substring(0, slash), entry.substring(slash + 1)));
                continue;
            }
            InetAddress address = literal(entry);
            if (address != null) {
                rules.add(exactly(address));
                continue;
            }
            for (InetAddress resolved : resolve(entry)) {
                rules.add(exactly(resolved));
            }
        }
        return new TrustedProxies(List.copyOf(rules));
    }

    boolean contains(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return rules.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** An IP address written as such, or null: never a DNS lookup (hops in a header are the client's words). */
    static InetAddress literal(String text) {
        return NetUtil.createInetAddressFromIpAddressString(text);
    }

    private static IpSubnetFilterRule range(String entry, String address, String prefix) {
        InetAddress base = literal(address);
        int bits;
        try {
            bits = Integer.parseInt(prefix);
        } catch (NumberFormatException e) {
            bits = -1;
        }
        int max = base == null ? 0 : base.getAddress().length * 8;
        if (base == null || bits < 0 || bits > max) {
            throw refused(entry, "not a range in CIDR notation (address/prefix, e.g. 10.0.0.0/24)");
        }
        return new IpSubnetFilterRule(base, bits, IpFilterRuleType.ACCEPT);
    }

    private static IpSubnetFilterRule exactly(InetAddress address) {
        return new IpSubnetFilterRule(address, address.getAddress().length * 8, IpFilterRuleType.ACCEPT);
    }

    private static InetAddress[] resolve(String name) {
        try {
            return InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw refused(name, "this host name does not resolve now; the gateway resolves names once, when it starts. "
                    + "Give the proxy's address or range instead, or start the gateway once the name resolves");
        }
    }

    private static ConfigurationException refused(String entry, String why) {
        return new ConfigurationException("maillage.trusted-proxies (MAILLAGE_TRUSTED_PROXIES) entry '" + entry + "': " + why);
    }
}
