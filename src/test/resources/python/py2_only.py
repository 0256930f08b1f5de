# Python 2 syntax that Python 3 rejects.
import os, sys as system

print "starting", 0777, 10L, 0xFFL
print >>sys.stderr, "to stderr"
print
exec "x = 1" in namespace
exec code in globs, locs
value = `value`
if a <> b:
    pass
name = ur'raw unicode' + u'text' + b'bytes'


def abort_job(self, async=False):
    if async:
        return self._job.abort(async=async)
    async = True


def unpack(a, (b, c), d=1):
    try:
        raise ValueError, "message"
    except (IOError, OSError), e:
        raise
    except Exception, e:
        print e
