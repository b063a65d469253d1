package org.maillage.bench;

import org.maillage.testkit.RunningPlatform;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The site's two search pages as a visitor gets them, through the gateway (which routes pages to the web service,
 * which asks the API through the gateway again): the opportunities page over 50,000 opportunities and the directory
 * page over 100,000 enterprises, the search benchmarks' data. Latency one request at a time, and each page's weight:
 * its HTML and the stylesheets and scripts it links, compressed with gzip.
 */
public final class WebPagesBench {

    // enough for the JIT to compile the pages' paths in the gateway and the site (200 left them half interpreted)
    private static final int WARM_UP = 1000;
    private static final int MEASURED = 600;
    private static final Pattern ASSET = Pattern.compile("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"(/opportunities\\?[^\"]*cursor=[^\"]+)\" rel=\"next\"");

    private WebPagesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        // one client address sends every request: the per-address limit would otherwise measure the limiter
        try (RunningPlatform platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "100000000"))) {
            long loadStart = System.nanoTime();
            long[] opportunities = OpportunitySearchBench.load(platform);
            DirectorySearchBench.load(platform);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            String site = platform.gateway();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();

            Map<String, List<String>> pages = new LinkedHashMap<>();
            pages.put("opportunities", new ArrayList<>(List.of("/opportunities", "/opportunities?q=traiteur",
                    "/opportunities?q=cleaning&category=76100000&region=03", "/opportunities?status=PUBLISHED&closingWithin=7",
                    "/opportunities?q=economie+sociale&region=06")));
            pages.get("opportunities").add(nextPage(http, site, "/opportunities?q=traiteur", 4));
            pages.put("directory", List.of("/directory?q=traiteur&region=06&category=90000000",
                    "/directory?q=economie%20sociale&region=05&legalForm=WORKER_COOP", "/directory?q=printing&region=06&category=82000000",
                    "/directory?q=demenagement&region=13&category=78120000", "/directory?q=recyclage%20informatique&region=06&legalForm=NON_PROFIT"));

            // the pages alternate, so both see the same moments of a noisy machine
            List<String[]> mix = new ArrayList<>();
            for (int i = 0; mix.size() < MEASURED; i++) {
                for (Map.Entry<String, List<String>> p : pages.entrySet()) {
                    mix.add(new String[]{p.getKey(), p.getValue().get(i % p.getValue().size())});
                }
            }
            for (int i = 0; i < WARM_UP; i++) {
                get(http, site + mix.get(i % mix.size())[1]);
                get(http, site + apiCallOf(mix.get(i % mix.size())[1]));
            }
            // each page, then the one API call it makes, in turn: the difference is the site's own share
            Map<String, List<Double>> byPage = new LinkedHashMap<>();
            Map<String, List<Double>> byApiCall = new LinkedHashMap<>();
            for (String[] m : mix) {
                long t0 = System.nanoTime();
                get(http, site + m[1]);
                long t1 = System.nanoTime();
                get(http, site + apiCallOf(m[1]));
                byPage.computeIfAbsent(m[0], k -> new ArrayList<>()).add((t1 - t0) / 1e6);
                byApiCall.computeIfAbsent(m[0], k -> new ArrayList<>()).add((System.nanoTime() - t1) / 1e6);
            }

            StringBuilder latency = new StringBuilder();
            for (Map.Entry<String, List<Double>> p : byPage.entrySet()) {
                List<Double> l = p.getValue();
                Collections.sort(l);
                List<Double> a = byApiCall.get(p.getKey());
                Collections.sort(a);
                latency.append("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | ≤ 40 ms | %.1f ms | %.1f ms | %.1f |%n".formatted(p.getKey(),
                        l.size(), Stats.pct(l, 50), Stats.pct(l, 95), Stats.pct(l, 99), l.get(l.size() - 1), Stats.pct(a, 50), Stats.pct(a, 95),
                        Stats.pct(l, 50) / Stats.pct(a, 50)));
            }
            StringBuilder weight = new StringBuilder();
            for (Map.Entry<String, List<String>> p : pages.entrySet()) {
                weight.append(weigh(http, site, p.getKey(), p.getValue().get(1)));
            }
            String served = http.send(HttpRequest.newBuilder(URI.create(site + "/opportunities")).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Encoding").orElse("none");
            StringBuilder queries = new StringBuilder();
            pages.forEach((k, v) -> v.forEach(q -> queries.append("- ").append(k).append(": `")
                    .append(q.replaceAll("cursor=([^&]{6})[^&]*", "cursor=$1…")).append("`\n")));
            String report = """
                    # The site's search pages: opportunities over 50,000, directory over 100,000

                    Measured by `./maillage bench pages` on %s (%d cores, load average %s when the measure ended;
                    a shared, noisy machine). Data: the opportunity search benchmark's %,d published opportunities (%,d open)
                    and the directory search benchmark's 100,000 enterprises, loaded in %.0f s. Each request goes to the
                    gateway, which routes the page to the web service, which asks the API through the gateway (one more hop)
                    and renders the HTML with JTE. %d requests after %d for warm-up, one at a time, the two pages in turn;
                    after each page, the one API call it makes, sent by the benchmark through the gateway (side by side in
                    the same run: the ratio says what the site adds, whatever the machine's noise).

                    | page | requests | p50 | p95 | p99 | max | target p95 | its API call p50 | API call p95 | page / API p50 |
                    |---|---|---|---|---|---|---|---|---|---|
                    %s
                    Page weight: the HTML of a results page and every stylesheet and script it links, each compressed with
                    gzip (level 6), as a browser with an empty cache downloads them. Target: under 60 KB per page. What the
                    gateway answered to `Accept-Encoding: gzip` for the opportunities page: `Content-Encoding: %s`.

                    | page | HTML | assets | total raw | total gzip | target |
                    |---|---|---|---|---|---|
                    %s
                    The pages:

                    %s""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), loadAverage(), opportunities[0], opportunities[1],
                    loadSeconds, MEASURED, WARM_UP, latency, served, weight, queries);
            Files.createDirectories(results);
            Files.writeString(results.resolve("web-pages.md"), report);
            System.out.println(report);
        }
        System.exit(0);
    }

    /** The API call the site makes for a page of results (OpportunityController, DirectoryController). */
    static String apiCallOf(String page) {
        int q = page.indexOf('?');
        String path = q < 0 ? page : page.substring(0, q);
        String query = q < 0 ? "" : "&" + page.substring(q + 1);
        return switch (path) {
            case "/opportunities" -> "/api/opportunities?limit=20" + query;
            case "/directory" -> "/api/organizations?limit=20" + query;
            default -> throw new IllegalArgumentException(page);
        };
    }

    /** The address of the given page of results, following the "next page" links. */
    private static String nextPage(HttpClient http, String site, String first, int page) throws Exception {
        String path = first;
        for (int i = 1; i < page; i++) {
            Matcher next = NEXT.matcher(get(http, site + path));
            if (!next.find()) {
                throw new IllegalStateException(first + " has fewer than " + page + " pages");
            }
            path = next.group(1).replace("&amp;", "&");
        }
        return path;
    }

    private static String weigh(HttpClient http, String site, String name, String path) throws Exception {
        String html = get(http, site + path);
        long raw = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        long gzip = gzip(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        long assetsRaw = 0;
        long assetsGzip = 0;
        for (String a : assets) {
            byte[] body = http.send(HttpRequest.newBuilder(URI.create(site + a)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            assetsRaw += body.length;
            assetsGzip += gzip(body);
        }
        return "| %s | %.1f KB (%.1f KB gzip) | %s: %.1f KB (%.1f KB gzip) | %.1f KB | %.1f KB | < 60 KB |%n".formatted(name, raw / 1024.0,
                gzip / 1024.0, String.join(", ", assets), assetsRaw / 1024.0, assetsGzip / 1024.0, (raw + assetsRaw) / 1024.0,
                (gzip + assetsGzip) / 1024.0);
    }

    private static long gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.size();
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String loadAverage() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
    }
}
