# syntax=docker/dockerfile:1

# Build with the project's own Maven wrapper, so the image uses the same Maven as CI, on the JDK
# the portal runs on (compiled for Java 17 all the same; see the README's Decisions).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY templates templates
RUN ./mvnw -B -ntp -q package -DskipTests -Dcds.skip

FROM eclipse-temurin:25-jre
RUN groupadd --system waymark && useradd --system --gid waymark --home-dir /app --shell /usr/sbin/nologin waymark
WORKDIR /app
# Only for the embedded development database and key; production sets WAYMARK_DATABASE_URL and keys.
RUN mkdir /app/data && chown waymark:waymark /app/data
COPY --from=build /src/target/waymark-*.jar /app/waymark.jar
COPY content /app/content
# The launch's JVM options and the archive it maps (an AOT cache, on JDK 25), made here by one
# training run on this image's own JVM (an archive only fits the JVM and the jar it was made with).
COPY src/main/jvm/waymark.options src/main/jvm/compiler.directives src/main/jvm/train /app/jvm/
RUN bash /app/jvm/train /app/waymark.jar /app/waymark.jsa /app/content
USER waymark
ENV PORT=8080 \
    WAYMARK_CONTENT_DIR=/app/content
EXPOSE 8080
# The JRE image has no curl: bash's /dev/tcp asks the health endpoint for its status line.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "@/app/jvm/waymark.options", "-XX:SharedArchiveFile=/app/waymark.jsa", "-XX:CompilerDirectivesFile=/app/jvm/compiler.directives", "-jar", "/app/waymark.jar"]
