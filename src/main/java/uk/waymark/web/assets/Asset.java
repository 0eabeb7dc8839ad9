package uk.waymark.web.assets;

/**
 * One static file, held in memory with its gzip form so that neither is read or compressed
 * per request.
 */
record Asset(String name, String contentType, byte[] bytes, byte[] gzipped) {
}
