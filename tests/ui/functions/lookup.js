import cf from 'cloudfront';

const kvs = cf.kvs();

async function handler(event) {
    const request = event.request;
    const exists = await kvs.exists(request.uri);
    if (exists) {
        request.uri = await kvs.get(request.uri);
    }
    return request;
}
