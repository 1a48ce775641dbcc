import cf from 'cloudfront';

// The store associated with the function maps old paths to new ones.
const kvs = cf.kvs();

async function handler(event) {
    const request = event.request;
    try {
        const location = await kvs.get(request.uri);
        return {
            statusCode: 301,
            statusDescription: 'Moved Permanently',
            headers: { location: { value: location } },
        };
    } catch (err) {
        // No redirect for this path: serve it.
        return request;
    }
}
