# A Nova-like module: decorators, classes, RPC calls, conditionals.
from oslo_log import log as logging
import oslo_messaging as messaging

from nova.compute import rpcapi as compute_rpcapi
from nova import objects

LOG = logging.getLogger(__name__)
MANAGER_DEFAULT = 'nova.compute.manager.ComputeManager'


def check_instance_state(vm_state=None, task_state=(None,)):
    def outer(f):
        @functools.wraps(f)
        def inner(self, context, instance, *args, **kw):
            return f(self, context, instance, *args, **kw)
        return inner
    return outer


class API(base.Base):
    """Docstring."""

    def __init__(self, image_api=None, **kwargs):
        self.compute_rpcapi = compute_rpcapi.ComputeAPI()
        super(API, self).__init__(**kwargs)

    @check_instance_lock
    @check_instance_state(vm_state=[vm_states.ACTIVE])
    def pause(self, context, instance):
        instance.task_state = task_states.PAUSING
        instance.save(expected_task_state=[None])
        self._record_action_start(context, instance,
                                  instance_actions.PAUSE)
        self.compute_rpcapi.pause_instance(context, instance)

    def stop(self, context, instance, do_cast=True):
        cctxt = self.client.prepare(server=_compute_host(None, instance),
                version='4.0')
        rpc_method = cctxt.cast if do_cast else cctxt.call
        return rpc_method(context, 'stop_instance', instance=instance)

    def reboot(self, context, instance, reboot_type):
        if reboot_type == 'SOFT':
            state = task_states.REBOOTING
        elif reboot_type == 'HARD':
            state = task_states.REBOOTING_HARD
        else:
            raise exception.Invalid()
        with lockutils.lock(instance.uuid), \
                other():
            for bdm in bdms:
                bdm.destroy()
        self._delete(context, instance, 'delete', self._do_delete,
                     task_state=task_states.DELETING)
