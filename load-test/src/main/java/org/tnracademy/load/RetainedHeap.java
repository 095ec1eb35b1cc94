package org.tnracademy.load;

import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/**
 * What a heap dump's objects retain, offline (no Eclipse MAT here): for each target (a class, with
 * its subclasses; "+" joins classes into one target), the objects reachable from the GC roots only
 * through a target, by class, in all and per target. Exact retained sizes of the set, not dominator
 * trees: an object two targets share counts only when both are targets. Sizes are as a JVM with
 * compressed references lays objects out (12-byte headers, 4-byte references, 8-byte alignment).
 * {@code holders=<class>:<depth>} instead groups that class's instances by the classes on their
 * path from a root (breadth first), to see who holds, say, the byte arrays. Used with the load
 * test's {@code -Dload.heap-dump=<prefix>}:
 * <pre>
 * java -Xmx3g -cp load-test/target/classes org.tnracademy.load.RetainedHeap /tmp/x-page.hprof 30 \
 *     com.vaadin.flow.component.UI org.apache.catalina.session.StandardSession
 * java -Xmx3g -cp load-test/target/classes org.tnracademy.load.RetainedHeap /tmp/x-page.hprof 30 'holders=byte[]:5'
 * </pre>
 */
public final class RetainedHeap {
    static int idSize;

    // object table
    static long[] ids = new long[1 << 20];
    static int[] cls = new int[1 << 20];
    static int[] size = new int[1 << 20];
    static long[] refStart = new long[1 << 20];
    static int n = 0;
    static long[] refs = new long[1 << 22];
    static long nrefs = 0;

    static Map<Long, String> strings = new HashMap<>();
    static Map<Long, Long> classNameId = new HashMap<>();
    // class info
    static Map<Long, ClassInfo> classes = new HashMap<>();
    static List<ClassInfo> classList = new ArrayList<>();
    static List<Long> roots = new ArrayList<>();

    static class ClassInfo {
        long id, superId; int index; String name; byte[] fieldTypes; long[] staticRefs; ClassInfo sup;
        int refFieldsAll = -1;
    }

    public static void main(String[] a) throws Exception {
        if (a.length < 3) {
            System.err.println("usage: RetainedHeap <dump.hprof> <rows> <class[+class...]>... | holders=<class>:<depth>");
            System.exit(2);
        }
        Path p = Path.of(a[0]);
        int top = Integer.parseInt(a[1]);
        parse(p);
        System.err.println("objects " + n + " refs " + nrefs);
        resolve();
        boolean[] all = mark(null);
        long total = 0; for (int i = 0; i < n; i++) if (all[i]) total += size[i];
        System.out.printf("reachable: %.1f MB%n", total / 1e6);
        if (a[2].startsWith("holders=")) {
            // holders=<class>:<depth>: the instances' size grouped by the classes on their path from a root
            String[] h = a[2].substring(8).split(":");
            int depth = Integer.parseInt(h[1]);
            int[] parent = new int[n];
            Arrays.fill(parent, -1);
            markWithParents(parent);
            Map<String, long[]> groups = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (!all[i] || cls[i] < 0 || !classList.get(cls[i]).name.equals(h[0])) continue;
                StringBuilder key = new StringBuilder();
                int o = parent[i];
                for (int d = 0; d < depth && o >= 0; d++, o = parent[o]) key.append(" <- ").append(cls[o] < 0 ? "?" : classList.get(cls[o]).name);
                long[] v = groups.computeIfAbsent(key.toString(), k -> new long[2]);
                v[0] += size[i]; v[1]++;
            }
            groups.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(top)
                    .forEach(e -> System.out.printf("%10.1f KB %8d %s%n", e.getValue()[0] / 1024.0, e.getValue()[1], e.getKey()));
            return;
        }
        for (int t = 2; t < a.length; t++) {
            Set<String> names = new HashSet<>(Arrays.asList(a[t].split("\\+")));
            boolean[] target = new boolean[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (all[i] && cls[i] >= 0 && isA(classList.get(cls[i]), names)) { target[i] = true; count++; }
            }
            boolean[] without = mark(target);
            long[] bySize = new long[classList.size() + 1];
            long[] byCount = new long[classList.size() + 1];
            long sum = 0;
            for (int i = 0; i < n; i++) {
                if (all[i] && !without[i]) {
                    int c = cls[i] < 0 ? classList.size() : cls[i];
                    bySize[c] += size[i]; byCount[c]++; sum += size[i];
                }
            }
            System.out.printf("%n== %s: %d instances retain %.1f KB, %.1f KB each%n", a[t], count, sum / 1024.0,
                    count == 0 ? 0 : sum / 1024.0 / count);
            Integer[] order = new Integer[bySize.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> Long.compare(bySize[y], bySize[x]));
            for (int k = 0; k < Math.min(top, order.length); k++) {
                int c = order[k];
                if (bySize[c] == 0) break;
                String name = c == classList.size() ? "?" : classList.get(c).name;
                System.out.printf("%10.1f KB %9d  %8.2f KB/each-target  %s%n", bySize[c] / 1024.0, byCount[c],
                        count == 0 ? 0 : bySize[c] / 1024.0 / count, name);
            }
        }
    }

    static void markWithParents(int[] parent) {
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int head = 0, tail = 0;
        for (ClassInfo c : classList) {
            int ci = index(c.id);
            if (ci >= 0 && !seen[ci]) { seen[ci] = true; queue[tail++] = ci; }
            for (long r : c.staticRefs) { int i = index(r); if (i >= 0 && !seen[i]) { seen[i] = true; parent[i] = ci; queue[tail++] = i; } }
        }
        for (long r : roots) { int i = index(r); if (i >= 0 && !seen[i]) { seen[i] = true; queue[tail++] = i; } }
        while (head < tail) {
            int o = queue[head++];
            for (long k = refStart[o]; k < refStart[o + 1]; k++) {
                int t = (int) refs[(int) k];
                if (t >= 0 && !seen[t]) { seen[t] = true; parent[t] = o; queue[tail++] = t; }
            }
        }
    }

    static boolean isA(ClassInfo c, Set<String> names) {
        for (ClassInfo k = c; k != null; k = k.sup) if (names.contains(k.name)) return true;
        return false;
    }

    static boolean[] mark(boolean[] blocked) {
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        for (long r : roots) { int i = index(r); if (i >= 0 && !seen[i] && (blocked == null || !blocked[i])) { seen[i] = true; stack[sp++] = i; } }
        for (ClassInfo c : classList) {
            for (long r : c.staticRefs) { int i = index(r); if (i >= 0 && !seen[i] && (blocked == null || !blocked[i])) { seen[i] = true; stack[sp++] = i; } }
            int i = index(c.id); if (i >= 0 && !seen[i]) { seen[i] = true; stack[sp++] = i; }
        }
        while (sp > 0) {
            int o = stack[--sp];
            for (long k = refStart[o]; k < refStart[o + 1]; k++) {
                int t = (int) refs[(int) k];
                if (t >= 0 && !seen[t] && (blocked == null || !blocked[t])) { seen[t] = true; stack[sp++] = t; }
            }
        }
        return seen;
    }

    // open addressing id -> index
    static long[] hkeys; static int[] hvals;
    static void buildIndex() {
        int cap = Integer.highestOneBit(n * 2) * 2;
        hkeys = new long[cap]; hvals = new int[cap];
        Arrays.fill(hvals, -1);
        for (int i = 0; i < n; i++) {
            int h = (int) (mix(ids[i]) & (cap - 1));
            while (hvals[h] != -1) h = (h + 1) & (cap - 1);
            hkeys[h] = ids[i]; hvals[h] = i;
        }
    }
    static long mix(long x) { x ^= x >>> 33; x *= 0xff51afd7ed558ccdL; x ^= x >>> 33; return x; }
    static int index(long id) {
        if (id == 0) return -1;
        int cap = hkeys.length;
        int h = (int) (mix(id) & (cap - 1));
        while (hvals[h] != -1) { if (hkeys[h] == id) return hvals[h]; h = (h + 1) & (cap - 1); }
        return -1;
    }

    static void resolve() {
        buildIndex();
        for (long k = 0; k < nrefs; k++) refs[(int) k] = index(refs[(int) k]);
        for (ClassInfo c : classList) {
            c.sup = classes.get(c.superId);
            Long nid = classNameId.get(c.id);
            c.name = nid == null ? "class@" + Long.toHexString(c.id) : strings.getOrDefault(nid, "?").replace('/', '.');
        }
    }

    static void addObject(long id, int c, int sz) {
        if (n + 2 >= ids.length) {
            int cap = ids.length * 2;
            ids = Arrays.copyOf(ids, cap); cls = Arrays.copyOf(cls, cap); size = Arrays.copyOf(size, cap);
            refStart = Arrays.copyOf(refStart, cap);
        }
        ids[n] = id; cls[n] = c; size[n] = sz; refStart[n] = nrefs; n++; refStart[n] = nrefs;
    }
    static void addRef(long id) {
        if (nrefs + 1 >= refs.length) refs = Arrays.copyOf(refs, refs.length * 2);
        refs[(int) nrefs++] = id;
        refStart[n] = nrefs;
    }

    // ---- reading
    static DataInputStream in;
    static long id() throws IOException { return idSize == 8 ? in.readLong() : in.readInt() & 0xffffffffL; }
    static int typeSize(int t) {
        return switch (t) { case 2 -> idSize; case 4, 8 -> 1; case 5, 9 -> 2; case 6, 10 -> 4; case 7, 11 -> 8; default -> throw new IllegalStateException("type " + t); };
    }
    static int heapTypeSize(int t) { return t == 2 ? 4 : typeSize(t); }

    // instances are stored raw first, as class dumps may come later
    static long[] instId = new long[1 << 20]; static long[] instCls = new long[1 << 20]; static byte[][] instData = new byte[1 << 20][];
    static int ninst = 0;

    static void parse(Path p) throws IOException {
        in = new DataInputStream(new BufferedInputStream(new FileInputStream(p.toFile()), 1 << 20));
        while (in.readByte() != 0) { }
        idSize = in.readInt();
        in.readLong();
        List<long[]> objArrays = new ArrayList<>();
        while (true) {
            int tag;
            try { tag = in.readUnsignedByte(); } catch (EOFException e) { break; }
            in.readInt();
            long len = in.readInt() & 0xffffffffL;
            if (tag == 0x01) {
                long sid = id();
                byte[] b = new byte[(int) (len - idSize)]; in.readFully(b);
                strings.put(sid, new String(b, "UTF-8"));
            } else if (tag == 0x02) {
                in.readInt(); long cid = id(); in.readInt(); long nid = id();
                classNameId.put(cid, nid);
            } else if (tag == 0x0C || tag == 0x1C) {
                long end = len;
                CountingIn cin = new CountingIn();
                while (cin.count < end) {
                    int sub = in.readUnsignedByte(); cin.count += 1;
                    switch (sub) {
                        case 0xFF -> { roots.add(id()); cin.count += idSize; }
                        case 0x01 -> { roots.add(id()); id(); cin.count += 2L * idSize; }
                        case 0x02, 0x03, 0x08 -> { roots.add(id()); in.readInt(); in.readInt(); cin.count += idSize + 8; }
                        case 0x04, 0x06 -> { roots.add(id()); in.readInt(); cin.count += idSize + 4; }
                        case 0x05, 0x07 -> { roots.add(id()); cin.count += idSize; }
                        case 0x20 -> {
                            ClassInfo c = new ClassInfo();
                            c.id = id(); in.readInt(); c.superId = id(); id(); id(); id(); id(); id();
                            in.readInt();
                            cin.count += 7L * idSize + 8;
                            int cp = in.readUnsignedShort(); cin.count += 2;
                            for (int i = 0; i < cp; i++) { in.readUnsignedShort(); int t = in.readUnsignedByte(); int s = typeSize(t); in.skipNBytes(s); cin.count += 3 + s; }
                            int st = in.readUnsignedShort(); cin.count += 2;
                            List<Long> sr = new ArrayList<>();
                            for (int i = 0; i < st; i++) {
                                id(); int t = in.readUnsignedByte(); cin.count += idSize + 1;
                                if (t == 2) { sr.add(id()); cin.count += idSize; } else { int s = typeSize(t); in.skipNBytes(s); cin.count += s; }
                            }
                            c.staticRefs = sr.stream().mapToLong(Long::longValue).toArray();
                            int nf = in.readUnsignedShort(); cin.count += 2;
                            c.fieldTypes = new byte[nf];
                            for (int i = 0; i < nf; i++) { id(); c.fieldTypes[i] = (byte) in.readUnsignedByte(); cin.count += idSize + 1; }
                            c.index = classList.size();
                            classList.add(c); classes.put(c.id, c);
                        }
                        case 0x21 -> {
                            long oid = id(); in.readInt(); long cid = id(); int nb = in.readInt();
                            byte[] b = new byte[nb]; in.readFully(b);
                            cin.count += 2L * idSize + 8 + nb;
                            if (ninst == instId.length) {
                                int cap = ninst * 2; instId = Arrays.copyOf(instId, cap); instCls = Arrays.copyOf(instCls, cap); instData = Arrays.copyOf(instData, cap);
                            }
                            instId[ninst] = oid; instCls[ninst] = cid; instData[ninst] = b; ninst++;
                        }
                        case 0x22 -> {
                            long oid = id(); in.readInt(); int len2 = in.readInt(); long acid = id();
                            cin.count += 2L * idSize + 8 + (long) len2 * idSize;
                            addObject(oid, -2 - 0, align(16 + len2 * 4));
                            arrayClassOf.put(n - 1, acid);
                            for (int i = 0; i < len2; i++) addRef(id());
                        }
                        case 0x23 -> {
                            long oid = id(); in.readInt(); int len2 = in.readInt(); int t = in.readUnsignedByte();
                            int s = typeSize(t);
                            in.skipNBytes((long) len2 * s);
                            cin.count += idSize + 9 + (long) len2 * s;
                            addObject(oid, primClass(t), align(16 + len2 * s));
                        }
                        default -> throw new IllegalStateException("sub tag " + Integer.toHexString(sub));
                    }
                }
            } else {
                in.skipNBytes(len);
            }
        }
        // instances
        for (int i = 0; i < ninst; i++) {
            ClassInfo c = classes.get(instCls[i]);
            byte[] b = instData[i];
            ByteBuffer bb = ByteBuffer.wrap(b);
            int refCount = 0;
            int start = n;
            addObject(instId[i], c.index, 0);
            for (ClassInfo k = c; k != null; k = classes.get(k.superId)) {
                for (byte t : k.fieldTypes) {
                    if (t == 2) { long r = idSize == 8 ? bb.getLong() : bb.getInt() & 0xffffffffL; addRef(r); refCount++; }
                    else bb.position(bb.position() + typeSize(t));
                }
            }
            size[start] = align(12 + b.length - refCount * (idSize - 4));
            instData[i] = null;
        }
        // object array classes
        for (var e : arrayClassOf.entrySet()) {
            ClassInfo c = classes.get(e.getValue());
            cls[e.getKey()] = c == null ? -1 : c.index;
        }
        for (int i = 0; i < n; i++) if (cls[i] == -2) cls[i] = -1;
    }
    static Map<Integer, Long> arrayClassOf = new HashMap<>();
    static Map<Integer, Integer> primClasses = new HashMap<>();
    static int primClass(int t) {
        return primClasses.computeIfAbsent(t, k -> {
            ClassInfo c = new ClassInfo();
            c.name = switch (k) { case 4 -> "boolean[]"; case 5 -> "char[]"; case 6 -> "float[]"; case 7 -> "double[]"; case 8 -> "byte[]"; case 9 -> "short[]"; case 10 -> "int[]"; default -> "long[]"; };
            c.staticRefs = new long[0]; c.fieldTypes = new byte[0]; c.id = -k; c.index = classList.size();
            classList.add(c);
            classNameId.put(c.id, -1000L - k);
            strings.put(-1000L - k, c.name);
            return c.index;
        });
    }
    static int align(long s) { return (int) ((s + 7) & ~7L); }
    static class CountingIn { long count; }
}
