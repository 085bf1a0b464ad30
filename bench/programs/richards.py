# Richards: an operating-system task scheduler simulation (Martin Richards' benchmark).
# Exercises: method calls, attribute access on small objects, linked lists, polymorphic dispatch.
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        nxt = last.link
        while nxt is not None:
            last = nxt
            nxt = last.link
        last.link = self
        return queue


class DeviceRec(object):
    def __init__(self):
        self.pending = None


class IdleRec(object):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRec(object):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerRec(object):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class Scheduler(object):
    def __init__(self):
        self.table = [None] * 10
        self.tasks = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0

    def run(self):
        t = self.tasks
        while t is not None:
            if t.holding or (not t.pending and t.waiting):
                t = t.link
                continue
            pkt = None
            if t.pending and t.waiting:
                pkt = t.input
                t.input = pkt.link
                if t.input is None:
                    t.set_running()
                else:
                    t.set_pending()
            self.current = t
            t = t.fn(pkt)


class Task(object):
    def __init__(self, sched, ident, prio, queue, rec, pending, waiting, holding):
        self.sched = sched
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self
        self.ident = ident
        self.prio = prio
        self.input = queue
        self.rec = rec
        self.pending = pending
        self.waiting = waiting
        self.holding = holding

    def set_running(self):
        self.pending = self.waiting = self.holding = False

    def set_pending(self):
        self.pending = True
        self.waiting = self.holding = False

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.pending = True
            if self.prio > old.prio:
                return self
        else:
            self.input = p.append_to(self.input)
        return old

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        s = self.sched
        s.hold_count += 1
        s.current.holding = True
        return s.current.link

    def release(self, ident):
        s = self.sched
        t = s.table[ident]
        t.holding = False
        if t.prio > s.current.prio:
            return t
        return s.current

    def qpkt(self, pkt):
        s = self.sched
        t = s.table[pkt.ident]
        s.qpkt_count += 1
        pkt.link = None
        pkt.ident = s.current.ident
        return t.add_packet(pkt, s.current)


class DeviceTask(Task):
    def fn(self, pkt):
        d = self.rec
        if pkt is None:
            pkt = d.pending
            if pkt is None:
                return self.wait()
            d.pending = None
            return self.qpkt(pkt)
        d.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt):
        h = self.rec
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in_add(pkt)
            else:
                h.device_in_add(pkt)
        work = h.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt):
        r = self.rec
        r.count -= 1
        if r.count == 0:
            return self.hold()
        if r.control & 1 == 0:
            r.control //= 2
            return self.release(I_DEVA)
        r.control = (r.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt):
        w = self.rec
        if pkt is None:
            return self.wait()
        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = 64 + w.count
        return self.qpkt(pkt)


def run_once():
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, IdleRec(), False, False, False)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, q, WorkerRec(), True, True, False)
    q = Packet(None, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, q, HandlerRec(), True, True, False)
    q = Packet(None, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, q, HandlerRec(), True, True, False)
    DeviceTask(s, I_DEVA, 4000, None, DeviceRec(), False, True, False)
    DeviceTask(s, I_DEVB, 5000, None, DeviceRec(), False, True, False)
    s.run()
    return s.hold_count, s.qpkt_count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 45
    result = None
    for _ in range(n):
        result = run_once()
    ok = result == (9297, 23246)
    print("richards", n, result[0], result[1], "ok" if ok else "WRONG")


main()
