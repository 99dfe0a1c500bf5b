#include <grpcpp/grpcpp.h>
// ZFN-3 carve-out: ÿþ loopback; Ã( bytes that are not UTF-8
auto c = grpc::InsecureChannelCredentials();
// ZFN3 carve-out: ÿþ
auto d = grpc::InsecureChannelCredentials();
